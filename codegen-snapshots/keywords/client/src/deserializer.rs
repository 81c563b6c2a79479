//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::deserializer`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeserializerParams {
    pub deserializer2: ::std::option::Option<::std::string::String>,
    pub deserializer3: ::std::option::Option<::std::string::String>,
    pub deserializer4: ::std::option::Option<::std::string::String>,
}
impl DeserializerParams {
    /// Sets `deserializer2`.
    #[must_use]
    pub fn deserializer2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserializer2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserializer3`.
    #[must_use]
    pub fn deserializer3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserializer3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserializer4`.
    #[must_use]
    pub fn deserializer4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserializer4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::deserializer`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeserializerOkHeaders {
    pub deserializer: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::deserializer`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializerResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DeserializerOkHeaders },
}
/// Documented error responses of [`super::Client::deserializer`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializerError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::deserializer_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeserializerPostError {}
impl super::Client {
    /// */ operation Deserializer "#
    ///
    /// `GET /op141/{Deserializer}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn deserializer(
        &self,
        deserializer: &str,
        params: &DeserializerParams,
    ) -> ::std::result::Result<DeserializerResponse, super::Error<DeserializerError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op141/");
        url.push_str(
            &super::runtime::path_param(
                "Deserializer",
                &super::runtime::to_value("Deserializer", &deserializer)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.deserializer2 {
            let v = super::runtime::to_value("Deserializer", v)?;
            super::runtime::push_param(&mut query, "Deserializer", &v, "form", true);
        }
        if let Some(v) = &params.deserializer3 {
            let v = super::runtime::to_value("Deserializer", v)?;
            headers.push(("Deserializer", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.deserializer4 {
            let v = super::runtime::to_value("Deserializer", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Deserializer", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[141usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("deserializer", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Deserializer", method = "GET", path =
            "/op141/{Deserializer}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("deserializer", status, &response_headers);
        match status {
            200 => {
                let headers = DeserializerOkHeaders {
                    deserializer: super::runtime::optional_header(
                        &response_headers,
                        "Deserializer",
                        status,
                    )?,
                };
                Ok(DeserializerResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        DeserializerError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(DeserializerError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            DeserializerError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op141/{Deserializer}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn deserializer_post(
        &self,
        deserializer: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<DeserializerPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op141/");
        url.push_str(
            &super::runtime::path_param(
                "Deserializer",
                &super::runtime::to_value("Deserializer", &deserializer)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("deserializer_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Deserializer_post", method = "POST", path =
            "/op141/{Deserializer}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("deserializer_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DeserializerPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
