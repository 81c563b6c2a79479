//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::ue9_t_ue9`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ue9TUe9Params {
    pub ue9_t_ue9_2: ::std::option::Option<::std::string::String>,
    pub ue9_t_ue9_3: ::std::option::Option<::std::string::String>,
    pub ue9_t_ue9_4: ::std::option::Option<::std::string::String>,
}
impl Ue9TUe9Params {
    /// Sets `ue9_t_ue9_2`.
    #[must_use]
    pub fn ue9_t_ue9_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ue9_t_ue9_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ue9_t_ue9_3`.
    #[must_use]
    pub fn ue9_t_ue9_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ue9_t_ue9_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ue9_t_ue9_4`.
    #[must_use]
    pub fn ue9_t_ue9_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ue9_t_ue9_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::ue9_t_ue9`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ue9TUe9OkHeaders {
    pub ue9_t_ue9: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::ue9_t_ue9`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ue9TUe9Response {
    /// ok
    Ok { body: super::types::Everything, headers: Ue9TUe9OkHeaders },
}
/// Documented error responses of [`super::Client::ue9_t_ue9`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ue9TUe9Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::ue9_t_ue9_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ue9TUe9PostError {}
impl super::Client {
    /// */ operation été "#
    ///
    /// `GET /op82/{été}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ue9_t_ue9(
        &self,
        ue9_t_ue9: &str,
        params: &Ue9TUe9Params,
    ) -> ::std::result::Result<Ue9TUe9Response, super::Error<Ue9TUe9Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op82/");
        url.push_str(
            &super::runtime::path_param(
                "été",
                &super::runtime::to_value("été", &ue9_t_ue9)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.ue9_t_ue9_2 {
            let v = super::runtime::to_value("été", v)?;
            super::runtime::push_param(&mut query, "été", &v, "form", true);
        }
        if let Some(v) = &params.ue9_t_ue9_3 {
            let v = super::runtime::to_value("été", v)?;
            headers.push(("été", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.ue9_t_ue9_4 {
            let v = super::runtime::to_value("été", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "été", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[82usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("ue9_t_ue9", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "été", method = "GET", path =
            "/op82/{été}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ue9_t_ue9", status, &response_headers);
        match status {
            200 => {
                let headers = Ue9TUe9OkHeaders {
                    ue9_t_ue9: super::runtime::optional_header(
                        &response_headers,
                        "été",
                        status,
                    )?,
                };
                Ok(Ue9TUe9Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Ue9TUe9Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Ue9TUe9Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Ue9TUe9Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op82/{été}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ue9_t_ue9_post(
        &self,
        ue9_t_ue9: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<Ue9TUe9PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op82/");
        url.push_str(
            &super::runtime::path_param(
                "été",
                &super::runtime::to_value("été", &ue9_t_ue9)?,
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
            .run_request_hooks("ue9_t_ue9_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "été_post", method = "POST", path =
            "/op82/{été}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ue9_t_ue9_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        Ue9TUe9PostError,
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
