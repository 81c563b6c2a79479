//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::serde_json`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeJsonParams {
    pub serde_json2: ::std::option::Option<::std::string::String>,
    pub serde_json3: ::std::option::Option<::std::string::String>,
    pub serde_json4: ::std::option::Option<::std::string::String>,
}
impl SerdeJsonParams {
    /// Sets `serde_json2`.
    #[must_use]
    pub fn serde_json2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde_json2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serde_json3`.
    #[must_use]
    pub fn serde_json3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde_json3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serde_json4`.
    #[must_use]
    pub fn serde_json4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde_json4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::serde_json`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeJsonOkHeaders {
    pub serde_json: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::serde_json`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeJsonResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerdeJsonOkHeaders },
}
/// Documented error responses of [`super::Client::serde_json`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeJsonError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::serde_json_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeJsonPostError {}
impl super::Client {
    /// */ operation serde_json "#
    ///
    /// `GET /op175/{serde_json}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serde_json(
        &self,
        serde_json: &str,
        params: &SerdeJsonParams,
    ) -> ::std::result::Result<SerdeJsonResponse, super::Error<SerdeJsonError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op175/");
        url.push_str(
            &super::runtime::path_param(
                "serde_json",
                &super::runtime::to_value("serde_json", &serde_json)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.serde_json2 {
            let v = super::runtime::to_value("serde_json", v)?;
            super::runtime::push_param(&mut query, "serde_json", &v, "form", true);
        }
        if let Some(v) = &params.serde_json3 {
            let v = super::runtime::to_value("serde_json", v)?;
            headers.push(("serde_json", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.serde_json4 {
            let v = super::runtime::to_value("serde_json", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "serde_json", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[175usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("serde_json", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "serde_json", method = "GET", path =
            "/op175/{serde_json}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serde_json", status, &response_headers);
        match status {
            200 => {
                let headers = SerdeJsonOkHeaders {
                    serde_json: super::runtime::optional_header(
                        &response_headers,
                        "serde_json",
                        status,
                    )?,
                };
                Ok(SerdeJsonResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SerdeJsonError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SerdeJsonError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SerdeJsonError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op175/{serde_json}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serde_json_post(
        &self,
        serde_json: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<SerdeJsonPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op175/");
        url.push_str(
            &super::runtime::path_param(
                "serde_json",
                &super::runtime::to_value("serde_json", &serde_json)?,
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
            .run_request_hooks("serde_json_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "serde_json_post", method = "POST", path =
            "/op175/{serde_json}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serde_json_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SerdeJsonPostError,
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
