//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::serde`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeParams {
    pub serde2: ::std::option::Option<::std::string::String>,
    pub serde3: ::std::option::Option<::std::string::String>,
    pub serde4: ::std::option::Option<::std::string::String>,
}
impl SerdeParams {
    /// Sets `serde2`.
    #[must_use]
    pub fn serde2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serde3`.
    #[must_use]
    pub fn serde3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serde4`.
    #[must_use]
    pub fn serde4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::serde`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeOkHeaders {
    pub serde: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::serde`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerdeOkHeaders },
}
/// Documented error responses of [`super::Client::serde`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::serde_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerdePostError {}
impl super::Client {
    /// */ operation serde "#
    ///
    /// `GET /op174/{serde}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serde(
        &self,
        serde: &str,
        params: &SerdeParams,
    ) -> ::std::result::Result<SerdeResponse, super::Error<SerdeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op174/");
        url.push_str(
            &super::runtime::path_param(
                "serde",
                &super::runtime::to_value("serde", &serde)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.serde2 {
            let v = super::runtime::to_value("serde", v)?;
            super::runtime::push_param(&mut query, "serde", &v, "form", true);
        }
        if let Some(v) = &params.serde3 {
            let v = super::runtime::to_value("serde", v)?;
            headers.push(("serde", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.serde4 {
            let v = super::runtime::to_value("serde", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "serde", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[174usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("serde", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "serde", method = "GET", path =
            "/op174/{serde}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serde", status, &response_headers);
        match status {
            200 => {
                let headers = SerdeOkHeaders {
                    serde: super::runtime::optional_header(
                        &response_headers,
                        "serde",
                        status,
                    )?,
                };
                Ok(SerdeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SerdeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SerdeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SerdeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op174/{serde}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serde_post(
        &self,
        serde: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SerdePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op174/");
        url.push_str(
            &super::runtime::path_param(
                "serde",
                &super::runtime::to_value("serde", &serde)?,
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
            .run_request_hooks("serde_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "serde_post", method = "POST", path =
            "/op174/{serde}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serde_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SerdePostError,
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
