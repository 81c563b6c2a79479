//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::serializer`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializerParams {
    pub serializer2: ::std::option::Option<::std::string::String>,
    pub serializer3: ::std::option::Option<::std::string::String>,
    pub serializer4: ::std::option::Option<::std::string::String>,
}
impl SerializerParams {
    /// Sets `serializer2`.
    #[must_use]
    pub fn serializer2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serializer2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serializer3`.
    #[must_use]
    pub fn serializer3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serializer3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serializer4`.
    #[must_use]
    pub fn serializer4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serializer4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::serializer`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializerOkHeaders {
    pub serializer: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::serializer`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializerResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerializerOkHeaders },
}
/// Documented error responses of [`super::Client::serializer`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializerError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::serializer_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializerPostError {}
impl super::Client {
    /// */ operation Serializer "#
    ///
    /// `GET /op140/{Serializer}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serializer(
        &self,
        serializer: &str,
        params: &SerializerParams,
    ) -> ::std::result::Result<SerializerResponse, super::Error<SerializerError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op140/");
        url.push_str(
            &super::runtime::path_param(
                "Serializer",
                &super::runtime::to_value("Serializer", &serializer)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.serializer2 {
            let v = super::runtime::to_value("Serializer", v)?;
            super::runtime::push_param(&mut query, "Serializer", &v, "form", true);
        }
        if let Some(v) = &params.serializer3 {
            let v = super::runtime::to_value("Serializer", v)?;
            headers.push(("Serializer", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.serializer4 {
            let v = super::runtime::to_value("Serializer", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Serializer", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[140usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("serializer", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Serializer", method = "GET", path =
            "/op140/{Serializer}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serializer", status, &response_headers);
        match status {
            200 => {
                let headers = SerializerOkHeaders {
                    serializer: super::runtime::optional_header(
                        &response_headers,
                        "Serializer",
                        status,
                    )?,
                };
                Ok(SerializerResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SerializerError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SerializerError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SerializerError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op140/{Serializer}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serializer_post(
        &self,
        serializer: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<SerializerPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op140/");
        url.push_str(
            &super::runtime::path_param(
                "Serializer",
                &super::runtime::to_value("Serializer", &serializer)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("serializer_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Serializer_post", method = "POST", path =
            "/op140/{Serializer}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serializer_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SerializerPostError,
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
